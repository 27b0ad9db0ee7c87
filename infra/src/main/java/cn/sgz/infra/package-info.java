/**
 * The shared kernel: the caller's tenancy scope and how it reaches every database connection, the
 * error vocabulary, the audit log, time, Redis access that degrades safely, GraphQL building blocks
 * and the resolution of real PostgreSQL/Redis servers for demo mode and tests.
 */
package cn.sgz.infra;
