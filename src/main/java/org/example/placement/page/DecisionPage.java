package org.example.placement.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.example.placement.decision.Child;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.ExplainedDecision;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.RuleSummary;
import org.example.placement.geography.Authorities;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.page.DecisionView.CandidateView;
import org.example.placement.page.DecisionView.Check;
import org.example.placement.page.DecisionView.Why;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the page of a logged decision ({@link DecisionView}) from what the log holds:
 * the response as recorded (compact, each rule described once with its {@code @source};
 * or, recorded before decisions were compact, already in the full shape) and the request
 * (for the child's situation, in words). The child's ref, date of birth and postcode are
 * read to say the child's age and home area, and never put in the view.
 */
@Component
public class DecisionPage {

	private final JsonMapper json;

	private final Authorities names;

	DecisionPage(JsonMapper json, Authorities names) {
		this.json = json;
		this.names = names;
	}

	/**
	 * What {@code templates/decision.html} needs when a controller outside this package
	 * renders it (the API, for a caller asking for HTML): the decision and its reader.
	 */
	public Map<String, Object> model(LoggedDecision logged, Authentication reader) {
		return Map.of("decision", view(logged), PageModel.VIEWER, Viewer.of(reader, names));
	}

	public DecisionView view(LoggedDecision logged) {
		JsonNode tree = json.readTree(logged.responseJson());
		ExplainedDecision explained;
		Map<String, RuleSummary> rules = Map.of();
		List<Notification> wide = List.of();
		Set<String> duties = Set.of();
		if (tree.has("rules")) {
			Decision compact = json.treeToValue(tree, Decision.class);
			explained = ExplainedDecision.of(compact);
			rules = compact.rules();
			wide = new ArrayList<>(compact.notifications());
			wide.addAll(compact.duties());
			duties = compact.duties().stream().map(Notification::ruleId).collect(Collectors.toSet());
		}
		else {
			explained = json.treeToValue(tree, ExplainedDecision.class);
		}
		Candidates candidates = new Candidates(rules, duties, names);
		return new DecisionView(logged.decisionId(), logged.recordedAt(), logged.rulesetVersion(), logged.asOf(),
				Words.authority(logged.responsibleAuthority(), names), situation(logged),
				explained.candidates().stream().map(candidates::view).toList(), comparisons(explained),
				wide.stream().map(candidates::notice).toList(), Words.phrase(explained.rankingMethod()));
	}

	private List<String> situation(LoggedDecision logged) {
		DecisionRequest request = logged.request();
		if (request == null) {
			return List.of("The request this decision was made from cannot be read now, so the child's situation "
					+ "cannot be shown; the decision itself is as recorded.");
		}
		Child child = request.child();
		List<String> words = new ArrayList<>();
		words.add("Aged " + child.ageOn(request.asOf()) + " on " + request.asOf() + ".");
		words.add("Legal status: " + Words.legalStatus(child.legalStatus()) + ".");
		words.add("Responsible authority: " + Words.authority(request.responsibleAuthority(), names) + ".");
		names.authorityOf(child.homePostcode())
			.ifPresent(home -> words.add("Home area: " + Words.authority(home, names) + "."));
		if (request.emergency()) {
			words.add("An emergency placement.");
		}
		if (child.disabled()) {
			words.add("Disabled.");
		}
		if (!child.siblingsToBePlaced().isEmpty()) {
			words.add("To be placed with " + child.siblingsToBePlaced().size() + " sibling(s).");
		}
		if (child.adoptionBeingConsidered()) {
			words.add("Adoption is being considered.");
		}
		return words;
	}

	private static List<Why> comparisons(ExplainedDecision explained) {
		return explained.comparisons()
			.stream()
			.map(c -> new Why(c.higher(), c.lower(), Words.phrase(c.decidedBy()), c.reason()))
			.toList();
	}

	/** Distance in miles to one decimal place, or "not known". */
	static String miles(BigDecimal miles) {
		return miles == null ? "not known" : miles.stripTrailingZeros().toPlainString() + " miles";
	}

	/** The shape of a candidate on the page, with the rules' sources. */
	record Candidates(Map<String, RuleSummary> rules, Set<String> duties, Authorities names) {

		CandidateView view(ExplainedDecision.Choice c) {
			List<DecisionView.Finding> findings = c.findings()
				.stream()
				.filter(f -> !duties.contains(f.ruleId()))
				.map(f -> new DecisionView.Finding(f.ruleId(), f.title(), f.citation(), source(f.ruleId()),
						Words.phrase(f.effect()), f.weight(), f.explanation()))
				.toList();
			List<Check> checklist = new ArrayList<>();
			c.approvals()
				.forEach(a -> checklist.add(new Check("Approval by " + lower(Words.phrase(a.approver())), a.ruleId(),
						title(a.ruleId()), a.citation(), source(a.ruleId()))));
			c.notifications()
				.stream()
				.filter(n -> !duties.contains(n.ruleId()))
				.forEach(n -> checklist.add(notice(n.ruleId(), n.recipient(), n.due(), n.citation())));
			return new CandidateView(c.ref(), c.rank(), c.status().name(), Words.phrase(c.tier()), c.score(),
					c.statutoryScore(), c.localScore(), miles(c.distanceMiles()),
					Words.authority(c.localAuthority(), names), location(c), findings, checklist);
		}

		Check notice(Notification n) {
			RuleSummary rule = rules.get(n.ruleId());
			return notice(n.ruleId(), n.recipient(), n.due(), rule == null ? null : rule.citation());
		}

		private Check notice(String ruleId, String recipient, String due, String citation) {
			String when = due == null || due.isBlank() ? "" : " (" + due + ")";
			return new Check("Tell " + Words.recipient(recipient) + when, ruleId, title(ruleId), citation,
					source(ruleId));
		}

		private String title(String ruleId) {
			RuleSummary rule = rules.get(ruleId);
			return rule == null ? null : rule.title();
		}

		/** Where the rule's provision is published, when it is a web address. */
		private String source(String ruleId) {
			RuleSummary rule = rules.get(ruleId);
			String source = rule == null ? null : rule.source();
			return source != null && (source.startsWith("https://") || source.startsWith("http://")) ? source : null;
		}

		private static String location(ExplainedDecision.Choice c) {
			if (c.location() == null) {
				return "not known";
			}
			String where = c.location().name().equals("IN") ? "in the authority's area" : "outside the area";
			return Boolean.TRUE.equals(c.atDistance()) ? where + ", at a distance (reg 11(5))" : where;
		}

		private static String lower(String phrase) {
			return phrase == null ? "" : phrase.toLowerCase(Locale.ROOT);
		}

	}

}
