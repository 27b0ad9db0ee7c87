/**
 * Feedback and complaints under response clocks on the PRC working-day calendar, their breaches and
 * escalation, and each station's monthly report. Not built yet: this module only holds its place in
 * the build.
 */
package cn.sgz.feedback;
