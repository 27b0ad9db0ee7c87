/**
 * The emergency supply inventory every station of a project holds part of and all of them see live:
 * a stock ledger, usage records and the leads' dispatches. Not built yet: this module only holds
 * its place in the build.
 */
package cn.sgz.emergency;
