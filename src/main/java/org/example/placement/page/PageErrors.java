package org.example.placement.page;

import org.example.placement.decision.DecisionLogUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's errors as a page ({@code templates/error.html}), not the API's problem JSON: a
 * decision that is not there (or not the reader's to see) is 404, a log that cannot be
 * reached 503. Tried before the API's problem advice, for the controllers of this package
 * only.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView status(ResponseStatusException ex) {
		return page(ex.getStatusCode());
	}

	@ExceptionHandler(DecisionLogUnavailableException.class)
	ModelAndView unavailable() {
		return page(HttpStatus.SERVICE_UNAVAILABLE);
	}

	private static ModelAndView page(HttpStatusCode status) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		HttpStatus known = HttpStatus.resolve(status.value());
		page.addObject("error", known == null ? "Error" : known.getReasonPhrase());
		return page;
	}

}
