package org.example.placement.contract;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates a body against one of the contract's schemas
 * ({@code components/schemas/<name>}) as OpenAPI 3.0 reads them ({@code nullable}
 * included), so a test checks that the service answers what the contract says, field by
 * field, and not only with the documented status.
 */
final class ContractSchemas {

	private ContractSchemas() {
	}

	/** Every way {@code body} breaks the schema {@code name}; empty when it conforms. */
	static List<String> errors(String name, JsonNode body) {
		ObjectNode root = Contract.JSON.createObjectNode();
		root.put("id", "https://placement.example.org/openapi/placement-api.json");
		root.put("$ref", "#/components/schemas/" + name);
		root.set("components", Contract.read().get("components"));
		List<Error> errors = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30()).getSchema(root).validate(body);
		return errors.stream().map(Error::toString).toList();
	}

}
