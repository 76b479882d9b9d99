package org.example.placement.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.JsonNode;

/**
 * Reads a rendered manifest into the Kubernetes API model (fabric8's classes, generated
 * from the Kubernetes OpenAPI schema) and refuses what the API server would: an unknown
 * kind, a field of the wrong type, and a field the schema does not have. The model keeps
 * unknown fields aside ({@code additionalProperties}) instead of failing, so every object
 * in the tree is walked and any such field is reported with its path.
 */
final class KubernetesObjects {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

	/** The kinds the chart may render, each read as its API version's model class. */
	private static final List<Class<? extends HasMetadata>> KINDS = List.of(Deployment.class, Service.class,
			Secret.class, ConfigMap.class, HorizontalPodAutoscaler.class, PodDisruptionBudget.class);

	private KubernetesObjects() {
	}

	static HasMetadata read(JsonNode manifest) {
		Class<? extends HasMetadata> type = KINDS.stream()
			.filter((kind) -> HasMetadata.getKind(kind).equals(manifest.path("kind").asString())
					&& HasMetadata.getApiVersion(kind).equals(manifest.path("apiVersion").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name(manifest) + ": not a kind and apiVersion of " + KINDS));
		HasMetadata object;
		try {
			object = MAPPER.readValue(manifest.toString(), type);
		}
		catch (JacksonException ex) {
			throw new AssertionError(name(manifest) + " is not a valid Kubernetes object: " + ex.getOriginalMessage(),
					ex);
		}
		List<String> unknown = new ArrayList<>();
		walk(object, name(manifest), unknown);
		if (!unknown.isEmpty()) {
			throw new AssertionError("fields the Kubernetes schema does not have: " + unknown);
		}
		return object;
	}

	private static String name(JsonNode manifest) {
		return manifest.path("kind").asString() + "/" + manifest.path("metadata").path("name").asString();
	}

	private static void walk(Object node, String path, List<String> unknown) {
		if (node instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				walk(item, path + "[" + i++ + "]", unknown);
			}
			return;
		}
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> walk(value, path + "." + key, unknown));
			return;
		}
		if (node == null || !node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
			return;
		}
		for (Method getter : node.getClass().getMethods()) {
			if (!isProperty(getter)) {
				continue;
			}
			Object value = invoke(getter, node);
			if (getter.getName().equals("getAdditionalProperties")) {
				if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
					unknown.add(path + " " + extra.keySet());
				}
			}
			else {
				walk(value, path + "." + property(getter), unknown);
			}
		}
	}

	private static boolean isProperty(Method method) {
		return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
				&& method.getName().startsWith("get") && !method.getName().equals("getClass")
				&& method.getDeclaringClass().getPackageName().startsWith("io.fabric8");
	}

	private static String property(Method getter) {
		String name = getter.getName().substring(3);
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static Object invoke(Method getter, Object node) {
		try {
			return getter.invoke(node);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
