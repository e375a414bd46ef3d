// Namespace 'auth': the login page.
const zhCN = {
  title: '登录',
  subtitle: '社区社会组织培育发展与服务管理',
  username: '用户名',
  password: '密码',
  usernameRequired: '请输入用户名',
  passwordRequired: '请输入密码',
  submit: '登录',
  hint: '连续 5 次密码错误，账号将临时锁定 15 分钟。忘记密码请联系系统管理员。',
};

const enUS: typeof zhCN = {
  title: 'Log in',
  subtitle: 'Cultivating and serving community social organizations',
  username: 'Username',
  password: 'Password',
  usernameRequired: 'Enter your username',
  passwordRequired: 'Enter your password',
  submit: 'Log in',
  hint: 'Five wrong passwords lock the account for 15 minutes. Ask your system administrator if you forgot your password.',
};

export default { 'zh-CN': zhCN, 'en-US': enUS };
