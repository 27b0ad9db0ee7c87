/**
 * Service records (cases, groups, activities, visits, surveys) and the quarterly indicators computed
 * from them against contract targets, with the service standards' quality rules and the submit →
 * review → approve → lock workflow. Not built yet: this module only holds its place in the build.
 */
package cn.sgz.indicators;
