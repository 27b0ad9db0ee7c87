/** The feedback module's public face: the {@link cn.sgz.feedback.api.Feedback} facade and its records. */
package cn.sgz.feedback.api;
