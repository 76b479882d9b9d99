package org.example.placement.page;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.example.placement.sufficiency.ReportPage;
import org.example.placement.sufficiency.SufficiencyReport;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * {@code sufficiency.html}: the report as one self-contained, printable page, from the
 * Thymeleaf template {@code templates/sufficiency.html}. Its own template engine (not the
 * web one), so the command line renders exactly what the service would, with no request
 * and no server.
 */
@Component
class ThymeleafReportPage implements ReportPage {

	static final String TEMPLATE = "sufficiency";

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	ThymeleafReportPage() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		templates.setTemplateResolver(resolver);
	}

	@Override
	public String render(SufficiencyReport report) {
		Context context = new Context(Locale.UK);
		context.setVariable("page", SufficiencyView.of(report));
		return templates.process(TEMPLATE, context);
	}

}
