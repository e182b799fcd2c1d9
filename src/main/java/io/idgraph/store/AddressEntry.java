package io.idgraph.store;

import io.idgraph.graph.Geo;
import java.util.List;

/**
 * A known address, for near matching: its match key, display form, coordinates, and the block keys
 * it is filed under (for example ZIP5 plus house number, and state plus city plus house number).
 */
public record AddressEntry(String matchKey, String display, Geo geo, List<String> blockKeys) {}
