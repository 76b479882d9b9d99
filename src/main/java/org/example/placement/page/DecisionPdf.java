package org.example.placement.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A decision as a PDF to file: the same {@link DecisionView} as the page, laid out for
 * paper by its own template ({@code templates/pdf/decision.xhtml}, XHTML as the PDF
 * renderer reads it, its style inline, no links but the citations' addresses written
 * out), rendered by openhtmltopdf with the standard PDF fonts.
 */
@Component
class DecisionPdf {

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	DecisionPdf() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/pdf/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		templates.setTemplateResolver(resolver);
	}

	byte[] render(DecisionView decision) {
		Context context = new Context(Locale.UK);
		context.setVariable("decision", decision);
		String xhtml = templates.process("decision", context);
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the PDF of decision " + decision.decisionId() + " could not be made", ex);
		}
	}

}
