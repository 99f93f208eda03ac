from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from chibo.lib.client_ip import client_ip
from chibo.lib.throttle import allow

from .forms import ActivateForm
from .models import AccountInvite, MemberError

# Guessing a code: a person types a wrong code a few times, a script thousands.
ATTEMPTS, WINDOW_SECONDS = 10, 15 * 60


@require_http_methods(["GET", "POST"])
def activate(request: HttpRequest) -> HttpResponse:
    """A member redeems the one-time code the Bí thư gave them and sets a password: a new
    account, or a forgotten password (the same code, issued from the member's record)."""
    form = ActivateForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    if request.method == "POST" and not allow(
        "activate", client_ip(request), limit=ATTEMPTS, seconds=WINDOW_SECONDS
    ):
        return render(
            request, "members/activate.html", {"form": form, "throttled": True}, status=429
        )
    if request.method == "POST" and form.is_valid():
        invite = AccountInvite.find_valid(form.cleaned_data["code"])
        if invite is None:
            form.add_error("code", "Mã không đúng, đã dùng hoặc đã hết hạn. Hãy xin Bí thư mã mới.")
        elif invite.member.user_id is None and not form.cleaned_data["username"]:
            form.add_error("username", "Đồng chí chưa có tài khoản: hãy chọn tên đăng nhập.")
        else:
            try:
                user = invite.redeem(
                    username=form.cleaned_data["username"], password=form.cleaned_data["password1"]
                )
            except MemberError as error:
                form.add_error("username", str(error))
            else:
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                messages.success(request, "Tài khoản đã sẵn sàng. Chào mừng đồng chí!")
                return redirect("home")
    return render(request, "members/activate.html", {"form": form})


@require_http_methods(["GET"])
def forgot(request: HttpRequest) -> HttpResponse:
    """ "Quên mật khẩu?": the Bí thư issues a one-time code, the member sets a new password."""
    return render(request, "members/forgot.html")
