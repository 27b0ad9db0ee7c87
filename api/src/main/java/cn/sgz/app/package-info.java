/**
 * The application: it starts Micronaut, resolves its servers, authenticates callers, merges every
 * module's schema fragment into one GraphQL API and maps errors. It holds no domain logic.
 */
package cn.sgz.app;
