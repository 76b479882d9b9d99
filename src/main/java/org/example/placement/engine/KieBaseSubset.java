package org.example.placement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A KieBase of some of the rules of a KieBase already compiled, made from its compiled
 * packages rather than by compiling the rule files again (issue 12 item 5): each package
 * is copied the way Drools copies a package that a second KieBase takes (serialised with
 * the bytecode of its rules and read back under the new KieBase's class loader), the
 * rules not wanted are taken out of the copy before it is added, and what is left is
 * built into a network of its own. No DRL is parsed and no Java compiled: a copy costs a
 * fraction of a compile's CPU and garbage, and only the rules kept have their classes
 * defined. Declarations (types, functions, globals) stay, whatever file they came from.
 * The rules keep their firing order ({@link FiringOrder}, set on the KieBase copied).
 */
final class KieBaseSubset {

	private KieBaseSubset() {
	}

	/** A new KieBase of the rules of {@code whole} that {@code kept} accepts. */
	static KieBase of(KieBase whole, Predicate<Rule> kept) {
		// under a class loader of its own, asking the whole KieBase's for what it does
		// not define: the types the rules declare are the whole KieBase's
		ClassLoader rules = new Delegating(((InternalKnowledgeBase) whole).getRootClassLoader());
		InternalKnowledgeBase subset = KnowledgeBaseFactory
			.newKnowledgeBase(KieServices.Factory.get().newKieBaseConfiguration(null, rules));
		List<InternalKnowledgePackage> copies = new ArrayList<>();
		for (KiePackage pkg : whole.getKiePackages()) {
			InternalKnowledgePackage copy = copy((InternalKnowledgePackage) pkg, subset.getRootClassLoader());
			List<Rule> left = copy.getRules().stream().filter(kept.negate()).toList();
			if (copy == pkg && !left.isEmpty()) {
				// never take rules out of a package the whole KieBase still uses
				throw new IllegalStateException("package " + pkg.getName() + " could not be copied");
			}
			for (Rule rule : left) {
				remove(copy, (RuleImpl) rule, (RuleImpl) whole.getRule(pkg.getName(), rule.getName()));
			}
			copies.add(copy);
		}
		subset.addPackages(copies);
		return subset;
	}

	/**
	 * Takes a rule out of a copy before its code is loaded: Drools finds the classes to
	 * drop from the copy by the rule's consequence, which a copy gets only once loaded,
	 * so the original's (a class of the same name) is lent to it.
	 */
	private static void remove(InternalKnowledgePackage copy, RuleImpl rule, RuleImpl original) {
		if (rule.getConsequence() == null) {
			rule.setConsequence(original.getConsequence());
		}
		copy.removeRule(rule);
	}

	/**
	 * A copy of the package under {@code loader}, as Drools makes one for a second
	 * KieBase: the first call may only mark it as taken by the KieBase that has it (a
	 * package Drools has no code of its own for is shared, never copied).
	 */
	private static InternalKnowledgePackage copy(InternalKnowledgePackage pkg, ClassLoader loader) {
		InternalKnowledgePackage copy = pkg.deepCloneIfAlreadyInUse(loader);
		return copy != pkg ? copy : pkg.deepCloneIfAlreadyInUse(loader);
	}

	/** Defines nothing: only a class loader other than its parent's. */
	private static final class Delegating extends ClassLoader {

		Delegating(ClassLoader parent) {
			super(parent);
		}

	}

}
