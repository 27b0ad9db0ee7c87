/** The indicators module's public face: the {@link cn.sgz.indicators.api.Indicators} facade and its records. */
package cn.sgz.indicators.api;
