package org.example.placement.sufficiency;

/**
 * The groups whose needs s22G(4)(b) asks a range of accommodation for, as the issue
 * defines them from the return: TEENAGER (13 or over at year end), DISABLED (CIN
 * {@code N2}), UASC (in {@code uasc.csv}, DUC empty or after year end), YOUNG_PARENT
 * (MOTHER {@code 1}), SIBLING_GROUP (in {@code siblings.csv} with another child looked
 * after at year end).
 */
public enum NeedGroup {

	TEENAGER, DISABLED, UASC, YOUNG_PARENT, SIBLING_GROUP

}
