/**
 * The tenants and who may reach them: bureaus buy projects from agencies, a project runs stations
 * (the tenants), users hold role grants that give a scope over stations. Other modules use only
 * {@code cn.sgz.tenant.api}; the rest is internal.
 */
package cn.sgz.tenant;
