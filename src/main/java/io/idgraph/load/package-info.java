/**
 * Loading graph files (PRODUCT.md section 2) into the store, with rejects and progress. Start with
 * {@link io.idgraph.load.GraphLoader}.
 */
package io.idgraph.load;
