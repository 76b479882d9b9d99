package org.example.placement.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes scenario results as a JUnit XML report, one test case per scenario file, for CI
 * tools.
 */
public final class JUnitXml {

	private JUnitXml() {
	}

	/**
	 * One scenario's outcome: its path, title, and the failure text (null when it
	 * passed).
	 */
	public record Case(String path, String title, String failure) {
	}

	public static void write(Path file, String suite, List<Case> cases) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("testsuite");
			xml.writeAttribute("name", suite);
			xml.writeAttribute("tests", String.valueOf(cases.size()));
			xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.failure() != null).count()));
			for (Case c : cases) {
				xml.writeStartElement("testcase");
				xml.writeAttribute("classname", suite);
				xml.writeAttribute("name", c.path() + ": " + c.title());
				if (c.failure() != null) {
					xml.writeStartElement("failure");
					xml.writeAttribute("message", "scenario does not match its expectation");
					xml.writeCharacters(c.failure());
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException("could not write " + file, ex);
		}
	}

}
