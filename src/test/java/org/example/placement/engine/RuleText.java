package org.example.placement.engine;

/** Small DRL texts for engine tests. */
final class RuleText {

	private RuleText() {
	}

	/** A rule that fires for every candidate, in the package its folder implies. */
	static String rule(String id, String effect, String extraMetadata) {
		String pkg = id.startsWith("LOCAL-DEFAULT") ? "placement.local._default"
				: id.startsWith("LOCAL-") ? "placement.local." + id.split("-")[1] : "placement.england.eligibility";
		return """
				package %s;

				import org.example.placement.decision.Candidate;
				import org.example.placement.engine.RuleHit;

				rule "%s"
				    @title("A test rule")
				    @citation("Children Act 1989 s22C(5)")
				    @effect("%s")
				    %s
				when
				    $candidate : Candidate( )
				then
				    insertLogical( RuleHit.of( drools.getRule(), $candidate ) );
				end
				""".formatted(pkg, id, effect, extraMetadata);
	}

}
