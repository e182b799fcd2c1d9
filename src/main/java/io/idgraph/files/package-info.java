/**
 * The data dir: {@link io.idgraph.files.DataDir} says where everything lives (store, rejects, keys,
 * workflows, feedback, exports); {@link io.idgraph.files.PrivateFiles} writes owner-only secret
 * files, replaced atomically.
 */
package io.idgraph.files;
