/**
 * Service records (cases, groups, activities, visits, volunteer work, satisfaction surveys) and the
 * quarterly indicators computed from them against each project's targets, with the service
 * standards' quality rules and the submit → review → approve → lock workflow.
 */
package cn.sgz.indicators;
