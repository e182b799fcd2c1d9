/**
 * The audit log: who (key name, token subject, {@code stdio} or {@code cli}) did what (tool or
 * command), when, through which interface, with how many identifiers and persons, in which
 * workflow, and the outcome; never an identifier, attribute, token or signature. Appends are
 * durable (fsync, grouped across concurrent callers) before the call they record is answered. Start
 * at {@link io.idgraph.audit.AuditLog}; docs/privacy.md says what it can and cannot answer.
 */
package io.idgraph.audit;
