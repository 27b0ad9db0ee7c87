/**
 * Staffing behind {@code cn.sgz.tenant.api.staffing}: {@code StaffingService} is the facade and
 * hands each call to its seam — {@code StaffingChanges} (hiring, postings), {@code StaffingRecords}
 * (rules, training, supervision), {@code StaffingReports} (rosters, compliance) and {@code
 * StaffIdentities} (who sees which personal data). SQL lives in one {@code @JdbcRepository} per
 * table; the compliance arithmetic is pure, in {@code StaffingArithmetic}.
 */
package cn.sgz.tenant.internal.staffing;
