package org.example.placement.sufficiency;

/**
 * The seam for the printable page ({@code sufficiency.html}, issue 13): renders a report
 * as one self-contained HTML document. The command line writes the page when the service
 * provides an implementation (a bean), and only then.
 */
public interface ReportPage {

	String render(SufficiencyReport report);

}
