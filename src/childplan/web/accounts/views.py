"""Signing in and out. Signing in is throttled by django-axes (settings)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views

from childplan.web.accounts.forms import SignInForm


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True


sign_in = SignInView.as_view()
sign_out = auth_views.LogoutView.as_view()
