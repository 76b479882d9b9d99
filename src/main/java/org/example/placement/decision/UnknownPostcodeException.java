package org.example.placement.decision;

/** A postcode that the reference geography does not hold, in full or as a sector. */
public class UnknownPostcodeException extends RuntimeException {

	private final String postcode;

	public UnknownPostcodeException(String postcode) {
		super("unknown postcode");
		this.postcode = postcode;
	}

	public String postcode() {
		return postcode;
	}

}
