/**
 * Geocoding: the shipped ZIP centroid table ({@link io.idgraph.geo.ZipCentroids}), great-circle
 * distance ({@link io.idgraph.geo.Distance}), and {@link io.idgraph.geo.Geocoder}, which turns
 * coordinates or a ZIP into a {@link io.idgraph.graph.Geo}. Start with {@link
 * io.idgraph.geo.Geocoder}.
 */
package io.idgraph.geo;
