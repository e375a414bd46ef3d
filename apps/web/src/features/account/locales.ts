// Namespace 'account': the user's own account (change password).
const zhCN = {
  password: {
    title: '修改密码',
    intro: '新密码至少 10 位，须同时包含字母和数字。修改后，您在其他设备上的登录会被注销。',
    current: '当前密码',
    new: '新密码',
    confirm: '确认新密码',
    required: '必填',
    weak: '新密码至少 10 位，须同时包含字母和数字',
    sameAsCurrent: '新密码不能与当前密码相同',
    mismatch: '两次输入的新密码不一致',
    submit: '修改密码',
    done: '密码已修改。其他设备上的登录已注销。',
    lockoutHint: '当前密码连续输错 5 次，账号将临时锁定 15 分钟。',
  },
};

const enUS: typeof zhCN = {
  password: {
    title: 'Change password',
    intro: 'The new password needs at least 10 characters with letters and digits. Changing it logs you out on your other devices.',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm new password',
    required: 'Required',
    weak: 'At least 10 characters with both letters and digits',
    sameAsCurrent: 'The new password must differ from the current one',
    mismatch: 'The two new passwords differ',
    submit: 'Change password',
    done: 'Password changed. Your sessions on other devices were ended.',
    lockoutHint: 'Five wrong current passwords lock the account for 15 minutes.',
  },
};

export default { 'zh-CN': zhCN, 'en-US': enUS };
