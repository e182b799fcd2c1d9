/**
 * get_person: the profiles of persons by domain, with their metadata. Start with {@link
 * io.idgraph.profile.ProfileService}.
 */
package io.idgraph.profile;
