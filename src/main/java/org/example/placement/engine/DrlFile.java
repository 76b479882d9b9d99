package org.example.placement.engine;

import org.drools.drl.ast.descr.PackageDescr;

/**
 * One rule file as the DRL parser reads it (a decision table after its conversion to
 * DRL): its descriptors, and where in the file each place of its DRL is.
 */
record DrlFile(String path, PackageDescr pkg, SourceLines lines) {

	boolean isTable() {
		return lines instanceof TableRows;
	}

}
