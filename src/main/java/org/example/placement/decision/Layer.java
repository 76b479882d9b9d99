package org.example.placement.decision;

import java.util.Optional;

/**
 * The layer a rule belongs to, from the first folder of its file under the rules
 * directory: the statutory layers {@code england/} and {@code wales/}, and local policy
 * under {@code local/<authority>/} (or {@code local/default/}). Its rule ids start with
 * its prefix. On the wire and in the catalogue a layer is named by its folders:
 * {@code england}, {@code wales} or {@code local/E06000047}.
 */
public enum Layer {

	ENGLAND("england", "ENG-"), WALES("wales", "WAL-"), LOCAL("local", "LOCAL-");

	/** Every layer, without the copy {@code values()} makes at each call. */
	private static final Layer[] ALL = values();

	private final String folder;

	private final String idPrefix;

	Layer(String folder, String idPrefix) {
		this.folder = folder;
		this.idPrefix = idPrefix;
	}

	/** The top folder of the rules directory that holds this layer. */
	public String folder() {
		return folder;
	}

	/**
	 * How every rule id of this layer starts: {@code ENG-}, {@code WAL-}, {@code LOCAL-}.
	 */
	public String idPrefix() {
		return idPrefix;
	}

	/** Whether rules of this layer state the law rather than local policy. */
	public boolean statutory() {
		return this != LOCAL;
	}

	/**
	 * The layer of a rule file (relative to the rules directory), if it lies where a
	 * layer is: a statutory folder, or an authority folder under {@code local/}.
	 */
	public static Optional<Layer> ofFile(String file) {
		String[] parts = file.split("/");
		if (parts.length < 2) {
			return Optional.empty();
		}
		Optional<Layer> layer = ofFolder(parts[0]);
		return layer.filter((l) -> l != LOCAL || parts.length > 2);
	}

	/**
	 * The layer name of a rule file: {@code england}, {@code wales}, or
	 * {@code local/<authority>}; empty where no layer is.
	 */
	public static Optional<String> nameOfFile(String file) {
		String[] parts = file.split("/");
		return ofFile(file).map((layer) -> layer == LOCAL ? LOCAL.folder + "/" + parts[1] : layer.folder);
	}

	/**
	 * The layer a layer name ({@code england}, {@code local/E06000047}) names, by its
	 * first segment.
	 */
	public static Layer ofName(String name) {
		// compared in place: ranking asks each finding's rule whether it is local
		int slash = name.indexOf('/');
		int end = slash < 0 ? name.length() : slash;
		for (Layer layer : ALL) {
			if (end == layer.folder.length() && name.startsWith(layer.folder)) {
				return layer;
			}
		}
		throw new IllegalArgumentException("no layer " + name);
	}

	/**
	 * Whether a layer name ({@code england}, {@code local/E06000047}) names this layer:
	 * its first segment is this layer's folder. As {@link #ofName} {@code == this}, for a
	 * name {@link #ofName} takes, without looking at the other layers.
	 */
	public boolean names(String name) {
		return name.startsWith(folder) && (name.length() == folder.length() || name.charAt(folder.length()) == '/');
	}

	/** The layer name of an authority's own local policy: {@code local/<authority>}. */
	public static String localNameOf(String authority) {
		return LOCAL.folder + "/" + authority;
	}

	/**
	 * Whether a layer name lies under {@code selector}, whole segments at a time:
	 * {@code local} selects {@code local/default} and {@code local/E06000047}, but
	 * {@code local/E06} selects neither.
	 */
	public static boolean selects(String selector, String name) {
		String prefix = selector.strip().replaceAll("/+$", "");
		return name.equals(prefix) || name.startsWith(prefix + "/");
	}

	private static Optional<Layer> ofFolder(String folder) {
		for (Layer layer : ALL) {
			if (layer.folder.equals(folder)) {
				return Optional.of(layer);
			}
		}
		return Optional.empty();
	}

}
