/**
 * Feedback and complaints about a station's services under the contract's response clocks
 * (evaluate within 48 hours, urgent items answered within 24, complaints within N working days),
 * with the submitter's contact sealed as personal data and every action kept in the item's history.
 */
package cn.sgz.feedback;
