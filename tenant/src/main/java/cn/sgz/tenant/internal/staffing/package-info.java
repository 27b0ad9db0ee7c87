/**
 * Staffing behind {@code cn.sgz.tenant.api.staffing}: plain JDBC (the rows carry PostgreSQL arrays,
 * sealed personal data and dates, which explicit SQL reads most plainly), the pure arithmetic of
 * compliance in {@link cn.sgz.tenant.internal.staffing.StaffingArithmetic}, and the GraphQL fields.
 */
package cn.sgz.tenant.internal.staffing;
