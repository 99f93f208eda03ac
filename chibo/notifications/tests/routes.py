from chibo.core.tests.route_matrix import LOGIN, Route
from chibo.notifications.models import CalendarFeed, Notification


def _members_notice(world) -> list[int]:
    """A notice of the member: only the member may touch it; for everyone else it is 404."""
    notice = Notification.objects.create(user=world.member.user, kind="task.assigned",
                                         title="Đồng chí được giao nhiệm vụ", url="/tasks/mine/")  # fmt: skip
    return [notice.pk]


def _members_feed_token(world) -> list[str]:
    return [CalendarFeed.issue(world.member, by=world.member.user)[1]]


EVERYONE = {"anonymous": LOGIN, "member": 200, "secretary": 200, "other_cell": 200, "officer": 200}
# Officers belong to no cell: they have no meetings, hence no calendar to make or revoke.
MEMBERS_POST = {
    "anonymous": LOGIN,
    "member": 302,
    "secretary": 302,
    "other_cell": 302,
    "officer": 403,
}

ROUTES: list[Route] = [
    Route("notifications:list", expect=EVERYONE),
    Route("notifications:read_all", method="post",
          expect={**EVERYONE, "member": 302, "secretary": 302, "other_cell": 302, "officer": 302}),
    Route("notifications:read", _members_notice, method="post",
          expect={"anonymous": LOGIN, "member": 302, "secretary": 404, "other_cell": 404, "officer": 404}),
    Route("notifications:calendar", expect=EVERYONE),
    Route("notifications:calendar_issue", method="post", expect=MEMBERS_POST),
    Route("notifications:calendar_revoke", method="post", expect=MEMBERS_POST),
    # The feed has no login (calendar apps cannot log in): the secret token is the key.
    Route("notifications:feed", _members_feed_token,
          expect={"anonymous": 200, "member": 200, "secretary": 200, "other_cell": 200, "officer": 200}),
]  # fmt: skip
