/**
 * The generic deadline engine: a module opens a deadline for its subject under the project's
 * policy (calendar hours or working days on the PRC calendar), meets or cancels it; the sweeper
 * warns when a share of the time is left and records the breach, exactly once each, as
 * {@code deadline_event} rows and {@link cn.sgz.infra.deadline.DeadlinesReached} events after each batch commits.
 */
package cn.sgz.infra.deadline;
