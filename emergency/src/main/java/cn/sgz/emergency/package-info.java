/**
 * The emergency supply inventory every station of a project holds part of and all of them see live:
 * the catalogue, a stock ledger with levels, usage, the leads' dispatches, incidents under a
 * 24-hour response clock, and quarterly drills. Other modules use {@link cn.sgz.emergency.api}.
 */
package cn.sgz.emergency;
