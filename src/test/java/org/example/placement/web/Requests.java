package org.example.placement.web;

/**
 * Request bodies for the web slice tests, written as a calling system would send them.
 */
final class Requests {

	static final String VALID = """
			{
			  "asOf": "2026-11-23",
			  "responsibleAuthority": "E06000047",
			  "emergency": false,
			  "child": {
			    "ref": "CH-0001",
			    "dateOfBirth": "2013-05-01",
			    "legalStatus": "C2",
			    "homePostcode": "DH1 3HP",
			    "disabled": false,
			    "needs": [],
			    "uasc": false,
			    "siblingsInCare": ["CH-0002"],
			    "school": { "keyStage4": false },
			    "adoptionBeingConsidered": false,
			    "secureCriteriaMet": false,
			    "courtAuthorisedSecure": false
			  },
			  "candidates": [
			    {
			      "ref": "P-01",
			      "placementType": "U3",
			      "provider": "PR1",
			      "postcode": "DH7 8",
			      "connectedPerson": true,
			      "carerApproval": "TEMPORARY",
			      "temporaryApprovalFrom": "2026-10-01",
			      "approvalTerms": { "minAge": 0, "maxAge": 17, "maxChildren": 2 },
			      "registered": null,
			      "ofstedRating": null,
			      "restrictionNotice": false,
			      "vacancies": 2,
			      "suitableForDisabled": true,
			      "meetsNeeds": [],
			      "siblingsPlacedHere": [],
			      "meetsAssessedNeeds": true,
			      "prospectiveAdopter": false,
			      "weeklyCost": 420.00
			    }
			  ]
			}
			""";

	/** No {@code asOf} and every boolean flag left out. */
	static final String WITHOUT_AS_OF = """
			{
			  "responsibleAuthority": "E06000047",
			  "child": {
			    "ref": "CH-0001",
			    "dateOfBirth": "2013-05-01",
			    "legalStatus": "C2",
			    "homePostcode": "DH1 3HP"
			  },
			  "candidates": [ { "ref": "P-01", "placementType": "U3", "postcode": "DH7 8" } ]
			}
			""";

	static final String NULL_BOOLEAN = """
			{
			  "asOf": "2026-11-23",
			  "responsibleAuthority": "E06000047",
			  "child": {
			    "ref": "CH-0001",
			    "dateOfBirth": "2013-05-01",
			    "legalStatus": "C2",
			    "homePostcode": "DH1 3HP",
			    "uasc": null
			  },
			  "candidates": [ { "ref": "P-01", "placementType": "U3", "postcode": "DH7 8" } ]
			}
			""";

	static final String CANDIDATE = """
			{ "ref": "P-01", "placementType": "U3", "postcode": "DH7 8" }
			""";

	/** Takes the candidates array's elements as its one format argument. */
	static final String MANY_CANDIDATES = """
			{
			  "asOf": "2026-11-23",
			  "responsibleAuthority": "E06000047",
			  "child": { "ref": "CH-0001", "dateOfBirth": "2013-05-01", "legalStatus": "C2", "homePostcode": "DH1 3HP" },
			  "candidates": [ %s ]
			}
			""";

	private Requests() {
	}

}
