package org.example.placement.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.example.placement.decision.AuthorityCode;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.sufficiency.ReturnFiles;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A {@code POST /api/v1/sufficiency-assessments} as read: the form fields
 * {@code authority} and {@code yearEnd} and one file part per input file, named as the
 * file ({@code header.csv}, ...). Malformed fields and unknown parts are a 400 naming
 * them; a well-formed request that cannot be assessed (a required file missing, a year
 * end before the duty of the authority's country: s22G in England, s75 of the Social
 * Services and Well-being (Wales) Act 2014 in Wales) is a 422.
 */
record AssessmentRequest(String authority, LocalDate yearEnd, ReturnFiles files) {

	private static final String ENGLISH_OR_WELSH_AUTHORITY = "[EW]0[6-9]\\d{6}";

	/**
	 * The first year end the duty can be assessed at: s22G in force from 1 April 2011.
	 */
	private static final LocalDate FIRST_YEAR_END = LocalDate.of(2012, 3, 31);

	/**
	 * The first year end a Welsh authority's duty can be assessed at: s75 in force from 6
	 * April 2016.
	 */
	private static final LocalDate FIRST_WELSH_YEAR_END = LocalDate.of(2017, 3, 31);

	static AssessmentRequest read(MultipartHttpServletRequest request) {
		List<FieldError> malformed = new ArrayList<>();
		String authority = request.getParameter("authority");
		if (authority == null || !authority.matches(ENGLISH_OR_WELSH_AUTHORITY)) {
			malformed.add(new FieldError("authority", "must be an ONS upper-tier authority code such as E06000047"));
		}
		LocalDate yearEnd = yearEnd(request.getParameter("yearEnd"), malformed);
		Map<String, byte[]> files = new TreeMap<>();
		for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
			if (!ReturnFiles.NAMES.contains(part.getKey())) {
				malformed.add(new FieldError(part.getKey(),
						"is not a file an assessment reads: " + String.join(", ", ReturnFiles.NAMES)));
			}
			else {
				files.put(part.getKey(), bytes(part.getValue()));
			}
		}
		if (!malformed.isEmpty()) {
			throw new InvalidBodyException(malformed);
		}
		refuseWhatCannotBeAssessed(authority, yearEnd, new ReturnFiles(files));
		return new AssessmentRequest(authority, yearEnd, new ReturnFiles(files));
	}

	private static LocalDate yearEnd(String text, List<FieldError> malformed) {
		try {
			LocalDate date = LocalDate.parse(text == null ? "" : text);
			if (date.getMonthValue() != 3 || date.getDayOfMonth() != 31) {
				malformed.add(new FieldError("yearEnd", "must be a 31 March: the SSDA903 year ends then"));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			malformed.add(new FieldError("yearEnd", "must be a date yyyy-mm-dd, a 31 March"));
			return FIRST_YEAR_END;
		}
	}

	private static void refuseWhatCannotBeAssessed(String authority, LocalDate yearEnd, ReturnFiles files) {
		List<FieldError> errors = new ArrayList<>();
		files.missing()
			.forEach(name -> errors.add(new FieldError(name, "is required: the assessment reads it (a file part)")));
		if (AuthorityCode.isWelsh(authority)) {
			if (yearEnd.isBefore(FIRST_WELSH_YEAR_END)) {
				errors.add(new FieldError("yearEnd", "is before 31 March 2017, the first year end after s75 of the "
						+ "Social Services and Well-being (Wales) Act 2014 came into force (6 April 2016)"));
			}
		}
		else if (yearEnd.isBefore(FIRST_YEAR_END)) {
			errors.add(new FieldError("yearEnd", "is before 31 March 2012, the first year end after s22G came into "
					+ "force for England (1 April 2011)"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return "AssessmentRequest[" + authority + ", " + yearEnd + ", " + files + "]";
	}

}
