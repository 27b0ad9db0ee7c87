/**
 * Staffing as other modules and the API see it: who works for a project and where, whether each
 * station keeps its contract's full-time qualified workers, and the training and supervision
 * records the bureau checks every quarter.
 */
package cn.sgz.tenant.api.staffing;
