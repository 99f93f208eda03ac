from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import ActivateForm
from .models import AccountInvite, MemberError


@require_http_methods(["GET", "POST"])
def activate(request: HttpRequest) -> HttpResponse:
    """A member redeems the one-time code the Bí thư gave them and sets a password."""
    form = ActivateForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    if request.method == "POST" and form.is_valid():
        invite = AccountInvite.find_valid(form.cleaned_data["code"])
        if invite is None:
            form.add_error("code", "Mã không đúng, đã dùng hoặc đã hết hạn. Hãy xin Bí thư mã mới.")
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
