package org.example.placement.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A multipart body for {@code POST /api/v1/sufficiency-assessments}: the form fields and
 * one part per file, named as the file, as a browser or curl sends it.
 */
public record AssessmentForm(String boundary, byte[] body) {

	/** The nine-children return of the sufficiency scenarios. */
	public static final Path NINE_CHILDREN = Path.of("test-scenarios/england/sufficiency/data/durham-nine-children");

	/** Every file of the nine-children return, by name. */
	public static Map<String, String> files() throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		for (String name : new String[] { "header.csv", "episodes.csv", "supply.csv", "uasc.csv", "oc3.csv",
				"siblings.csv", "welfare-exceptions.csv" }) {
			files.put(name, Files.readString(NINE_CHILDREN.resolve(name)));
		}
		return files;
	}

	public static AssessmentForm of(String authority, String yearEnd, Map<String, String> files) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String boundary = "----sufficiency-test-boundary";
		StringBuilder text = new StringBuilder();
		text.append(field(boundary, "authority", authority)).append(field(boundary, "yearEnd", yearEnd));
		files.forEach((name, content) -> text.append("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"; filename=\"" + name + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n"));
		text.append("--" + boundary + "--\r\n");
		body.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return new AssessmentForm(boundary, body.toByteArray());
	}

	/** The Content-Type header to send it with. */
	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	private static String field(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

}
