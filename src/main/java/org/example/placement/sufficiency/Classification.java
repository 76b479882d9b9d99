package org.example.placement.sufficiency;

/**
 * How the duty stands for one child looked after at year end, the first that applies in
 * this order: placed with a parent (PLACE P1, s22C(2)); a welfare exception (s22G(2)(b));
 * placement postcode unresolved; placed within the area; placed outside it. The rules
 * decide it; each classification rule names its value in {@code @classification}.
 */
public enum Classification {

	NOT_APPLICABLE, EXCEPTED, UNKNOWN, MET, NOT_MET

}
