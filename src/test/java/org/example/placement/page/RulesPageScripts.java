package org.example.placement.page;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What the browser tests read back from the rule and sufficiency pages. */
final class RulesPageScripts {

	/** Each rule row of /rules as a map of what it shows. */
	static final String ROWS = """
			const text = (row, field) => { const e = row.querySelector('[data-field="' + field + '"]');
			  return e ? e.textContent.trim() : null; };
			return Array.from(document.querySelectorAll('tr[data-rule-id]')).map(row => {
			  const link = row.querySelector('[data-field="citation"] a');
			  const bar = row.querySelector('svg.timeline rect');
			  return { id: text(row, 'id'), title: text(row, 'title'), citation: text(row, 'citation'),
			    source: link ? link.getAttribute('href') : null, effect: text(row, 'effect'), weight: text(row, 'weight'),
			    inForceFrom: text(row, 'inForceFrom'), inForceUntil: text(row, 'inForceUntil'),
			    file: row.querySelector('[data-field="file"] code').textContent, line: text(row, 'line'),
			    fires: text(row, 'fires'), doesNotFire: text(row, 'doesNotFire'),
			    barWidth: bar.getBoundingClientRect().width };
			});
			""";

	static final String ROW_COUNT = "return [document.readyState === 'complete' ? document.querySelectorAll('tr[data-rule-id]').length : -1];";

	static final String LAYERS = "return Array.from(document.querySelectorAll('section.layer > h2')).map(h => h.textContent.trim());";

	/**
	 * Each section of the diff's summary: kind, count and the rule ids listed under it.
	 */
	static final String DIFF = """
			return Array.from(document.querySelectorAll('table.diff-summary tr[data-kind]')).map(row => {
			  const kind = row.getAttribute('data-kind');
			  const section = document.querySelector('section[data-kind="' + kind + '"]');
			  return [kind, row.querySelector('[data-field="count"]').textContent.trim(),
			    section ? Array.from(section.querySelectorAll('tr[data-rule-id]')).map(r => r.getAttribute('data-rule-id')) : []];
			});
			""";

	static final String WEIGHT_CHANGE = """
			const row = document.querySelector('section[data-kind="REWEIGHTED"] tr[data-rule-id="LOCAL-DEFAULT-010"]');
			return [row.querySelector('dt[data-field="weight"] + dd del').textContent,
			  row.querySelector('dt[data-field="weight"] + dd ins').textContent];
			""";

	/**
	 * Each row of the impact table: id, link, authority, old and new top choice, kinds as
	 * JSON.
	 */
	static final String IMPACT = """
			return Array.from(document.querySelectorAll('table.impact tr[data-decision-id]')).map(row => [
			  row.getAttribute('data-decision-id'), row.querySelector('a[data-field="decision"]').getAttribute('href'),
			  row.querySelector('[data-field="authority"]').textContent.trim(),
			  row.querySelector('[data-field="oldTopChoice"]').textContent.trim(),
			  row.querySelector('[data-field="newTopChoice"]').textContent.trim(),
			  JSON.stringify(Array.from(row.querySelectorAll('[data-kind]')).map(k => k.getAttribute('data-kind')))]);
			""";

	static final String ASSESSMENTS = "return Array.from(document.querySelectorAll('tr[data-assessment-id]')).map(r => r.getAttribute('data-assessment-id'));";

	/** Every figure of the report that names its place in the JSON, and what it shows. */
	static final String FIGURES = """
			return Array.from(document.querySelectorAll('[data-json]')).map(e => [e.getAttribute('data-json'),
			  e.tagName.toLowerCase() === 'rect' ? e.getAttribute('data-value') : e.textContent.trim()]);
			""";

	private RulesPageScripts() {
	}

	/** The row shows the rule's metadata as the JSON has it. */
	static void assertShows(Map<String, Object> row, JsonNode rule) {
		String id = rule.get("id").asString();
		assertThat(row.get("title")).as(id).isEqualTo(rule.get("title").asString());
		assertThat(row.get("citation")).as(id).isEqualTo(rule.get("citation").asString());
		assertThat(row.get("source")).as(id)
			.isEqualTo(rule.path("source").isNull() || rule.path("source").isMissingNode() ? null
					: rule.get("source").asString());
		assertThat((String) row.get("effect")).as(id).startsWith(rule.get("effect").asString());
		assertThat(row.get("weight")).as(id)
			.isEqualTo(rule.path("weight").isNumber() ? rule.get("weight").asString() : "");
		assertThat(row.get("inForceFrom")).as(id).isEqualTo(rule.get("inForceFrom").asString());
		assertThat(row.get("inForceUntil")).as(id)
			.isEqualTo(rule.path("inForceUntil").isString() ? rule.get("inForceUntil").asString() : null);
		assertThat(row.get("file")).as(id).isEqualTo(rule.get("file").asString());
	}

}
