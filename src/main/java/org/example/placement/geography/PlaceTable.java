package org.example.placement.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * Postcodes (or sectors) and their places in one array of longs, looked up without a
 * string: a key of up to eight ASCII characters ({@code "DH1 3LE"}) is its characters
 * packed into a long, and beside it in the array the place packed too (easting, northing
 * and the authority's index, 24, 24 and 16 bits), so a lookup reads one or two
 * neighbouring cache lines where a {@code HashMap<String, Place>} of 120,000 entries
 * reads a node, its key string and its bytes, the place and its point, each elsewhere in
 * memory. Open addressing, linear probing, at most half full. A key or place that does
 * not fit (none in the shipped tables) is kept in a map beside it.
 */
final class PlaceTable {

	private static final long EMPTY = 0;

	private static final int POSITION_BITS = 24;

	private static final int POSITION_LIMIT = 1 << POSITION_BITS;

	private final long[] slots;

	private final int mask;

	private final List<@Nullable String> authorities;

	private final Map<String, Place> overflow = new HashMap<>();

	private int held;

	private PlaceTable(int entries) {
		int capacity = Integer.highestOneBit(Math.max(16, entries) * 2 - 1) * 2;
		this.slots = new long[capacity * 2];
		this.mask = capacity - 1;
		this.authorities = new ArrayList<>();
	}

	/** The table of these places, by their postcode or sector. */
	static PlaceTable of(Map<String, Place> places) {
		PlaceTable table = new PlaceTable(places.size());
		Map<@Nullable String, Integer> indexes = new HashMap<>();
		places.forEach((text, place) -> {
			long key = key(text);
			GridPoint point = place.point();
			boolean fits = key != EMPTY && point.easting() >= 0 && point.easting() < POSITION_LIMIT
					&& point.northing() >= 0 && point.northing() < POSITION_LIMIT;
			Integer index = indexes.get(place.authority());
			if (index == null && fits && table.authorities.size() < 0xFFFF) {
				index = table.authorities.size();
				table.authorities.add(place.authority());
				indexes.put(place.authority(), index);
			}
			if (fits && index != null) {
				table.put(key, ((long) point.easting() << 40) | ((long) point.northing() << 16) | index);
			}
			else {
				table.overflow.put(text, place);
			}
		});
		return table;
	}

	/** The place of the key {@code outward + " " + inward}, or null. */
	@Nullable Place find(String outward, String inward, int inwardLength) {
		int length = outward.length() + 1 + inwardLength;
		if (length > Long.BYTES) {
			return overflow.isEmpty() ? null : overflow.get(outward + " " + inward.substring(0, inwardLength));
		}
		long key = (pack(pack(0, outward, outward.length()) << 8 | ' ', inward, inwardLength));
		if (key == EMPTY) {
			return overflow.isEmpty() ? null : overflow.get(outward + " " + inward.substring(0, inwardLength));
		}
		for (int slot = slot(key);; slot = (slot + 1) & mask) {
			long held = slots[slot * 2];
			if (held == key) {
				return place(slots[slot * 2 + 1]);
			}
			if (held == EMPTY) {
				return overflow.isEmpty() ? null : overflow.get(outward + " " + inward.substring(0, inwardLength));
			}
		}
	}

	/** Every key with its place, in no particular order. */
	void forEach(BiConsumer<String, Place> action) {
		for (int slot = 0; slot <= mask; slot++) {
			long key = slots[slot * 2];
			if (key != EMPTY) {
				action.accept(text(key), place(slots[slot * 2 + 1]));
			}
		}
		overflow.forEach(action);
	}

	int size() {
		return held + overflow.size();
	}

	private void put(long key, long place) {
		int slot = slot(key);
		while (slots[slot * 2] != EMPTY && slots[slot * 2] != key) {
			slot = (slot + 1) & mask;
		}
		held += (slots[slot * 2] == EMPTY) ? 1 : 0;
		slots[slot * 2] = key;
		slots[slot * 2 + 1] = place;
	}

	private Place place(long packed) {
		int easting = (int) (packed >>> 40) & (POSITION_LIMIT - 1);
		int northing = (int) (packed >>> 16) & (POSITION_LIMIT - 1);
		return new Place(authorities.get((int) (packed & 0xFFFF)), new GridPoint(easting, northing));
	}

	private int slot(long key) {
		return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
	}

	/** Up to eight characters, each under 256 and none a NUL, packed; else EMPTY. */
	private static long key(String text) {
		return (text.isEmpty() || text.length() > Long.BYTES) ? EMPTY : pack(0, text, text.length());
	}

	/**
	 * {@code key} followed by the first {@code length} characters of {@code text}; EMPTY
	 * if one is a NUL or over 255 (no key in the table holds one).
	 */
	private static long pack(long key, String text, int length) {
		long packed = key;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == 0 || c > 0xFF) {
				return EMPTY;
			}
			packed = (packed << 8) | c;
		}
		return packed;
	}

	private static String text(long key) {
		StringBuilder text = new StringBuilder(Long.BYTES);
		for (long rest = key; rest != 0; rest >>>= 8) {
			text.insert(0, (char) (rest & 0xFF));
		}
		return text.toString();
	}

}
