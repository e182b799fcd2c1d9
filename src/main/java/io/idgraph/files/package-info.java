/** Owner-only files for secrets, replaced atomically. Start with {@link io.idgraph.files.PrivateFiles}. */
package io.idgraph.files;
