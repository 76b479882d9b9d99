package org.example.placement.contract;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every response to {@code /api/**} that any test in this JVM provokes, as (method, path,
 * status), whether through MockMvc or real HTTP: a filter, outermost, that every Spring
 * test context gets ({@code META-INF/spring.factories} registers {@link Factory}), so no
 * test has to opt in. {@link OpenApiContractTests} compares the set with the document.
 * Child-JVM journeys are not seen; what they alone provoke is provoked in-JVM too.
 */
public final class RecordedResponses {

	private static final Set<Response> RESPONSES = ConcurrentHashMap.newKeySet();

	private RecordedResponses() {
	}

	/**
	 * What was answered, with the path as requested (the template is matched later) and
	 * the media type of the body, without parameters ({@code ""} when none).
	 */
	public record Response(String method, String path, int status, String mediaType) {
	}

	public static List<Response> all() {
		return List.copyOf(RESPONSES);
	}

	static final class Recorder extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return true;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (path.startsWith("/api/")) {
					String type = response.getContentType() == null ? ""
							: response.getContentType().split(";")[0].strip();
					RESPONSES.add(new Response(request.getMethod(), path, response.getStatus(), type));
				}
			}
		}

	}

	/**
	 * Adds the recorder to every test context; equal for all, so contexts still cache.
	 */
	public static final class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new Customizer();
		}

	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			FilterRegistrationBean<Recorder> registration = new FilterRegistrationBean<>(new Recorder());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			context.getBeanFactory().registerSingleton("openApiContractRecorder", registration);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
