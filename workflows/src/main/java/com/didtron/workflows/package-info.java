/**
 * DIDTron's durable business processes as Temporal workflows: one package per process, each with
 * its workflow interface, deterministic implementation (orchestration only: no I/O, no clock, no
 * randomness outside {@code Workflow.*}) and the activity interface it calls. Activities are
 * implemented in the {@code activities} module.
 */
package com.didtron.workflows;
