package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyCommands.Allocation;
import cn.sgz.emergency.api.EmergencyEnums.DispatchStatus;
import cn.sgz.emergency.internal.DispatchRepository.LineRow;
import cn.sgz.infra.error.DomainException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/** What an approval may allocate: only the types asked for, never more than asked, never from the destination. */
final class DispatchRules {
    private DispatchRules() {}

    static void checkAllocations(DispatchRow dispatch, List<LineRow> lines, List<Allocation> allocations) {
        var asked = new HashMap<UUID, Integer>();
        lines.forEach(line -> asked.put(line.resourceTypeId(), line.quantity()));
        var given = new HashMap<UUID, Integer>();
        for (int i = 0; i < allocations.size(); i++) {
            var allocation = allocations.get(i);
            if (!asked.containsKey(allocation.resourceTypeId())) {
                throw DomainException.invalid("allocations[" + i + "].resourceTypeId", "申请中没有这种物资");
            }
            if (allocation.stationId().equals(dispatch.stationId())) {
                throw DomainException.invalid("allocations[" + i + "].stationId", "调出站点不能是申请物资的站点本身");
            }
            var total = given.merge(allocation.resourceTypeId(), allocation.quantity(), Integer::sum);
            if (total > asked.get(allocation.resourceTypeId())) {
                throw DomainException.invalid(
                        "allocations[" + i + "].quantity",
                        "调拨数量合计 " + total + " 超过申请的 " + asked.get(allocation.resourceTypeId()));
            }
        }
    }

    /** Allocations in the order every approval locks stock lines in. */
    static List<Allocation> ordered(List<Allocation> allocations) {
        return allocations.stream()
                .sorted(Comparator.comparing(Allocation::stationId).thenComparing(Allocation::resourceTypeId))
                .toList();
    }

    static String verb(DispatchStatus to) {
        return switch (to) {
            case IN_TRANSIT -> "审批";
            case REJECTED -> "驳回";
            case RECEIVED -> "签收";
            case CANCELLED -> "取消";
            case REQUESTED -> "申请";
        };
    }
}
