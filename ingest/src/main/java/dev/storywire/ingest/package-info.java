/**
 * Sources: turning what the user points Storywire at into archived records, and archived records
 * back into raw documents. Only this module reads inputs; nothing here interprets page content.
 */
@NullMarked
package dev.storywire.ingest;

import org.jspecify.annotations.NullMarked;
